// excerpt of https://github.com/francososaa/Estacionamiento@d3fd5295596a:src/middlewares/validateMiddlewares.js
const jwt = require("jsonwebtoken");

const userService = require("../services/user.service");

const validarJWT = async ( req, res, next ) => { 
    const token = req.header("authentication");
    
    if( !token ) return res.status(401).send({ message: "Access denied. No token provided" }); 
    
    try {
        const { uid } = jwt.verify( token, process.env.SECRETORPRIVATEKEY );

        const user = await userService.findByUuid( uid );
        if ( !user ) return res.status(404).send({ message: "Token invalid - no user exists" }) 
        
        req.user = user;
    } catch (error) {
        return res.status(400).send({ message: "Invalid token" })
    };

    next();
};
